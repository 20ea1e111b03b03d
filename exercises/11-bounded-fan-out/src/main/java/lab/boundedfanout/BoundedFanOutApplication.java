package lab.boundedfanout;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BoundedFanOutApplication {

    public static void main(String[] args) {
        SpringApplication.run(BoundedFanOutApplication.class, args);
    }
}
