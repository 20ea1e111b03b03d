package lab.keysetpagination;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KeysetPaginationApplication {

    public static void main(String[] args) {
        SpringApplication.run(KeysetPaginationApplication.class, args);
    }
}
