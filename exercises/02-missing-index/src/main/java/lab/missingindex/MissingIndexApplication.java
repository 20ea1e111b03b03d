package lab.missingindex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MissingIndexApplication {

    public static void main(String[] args) {
        SpringApplication.run(MissingIndexApplication.class, args);
    }
}
