package lab.batchwrites;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BatchWritesApplication {

    public static void main(String[] args) {
        SpringApplication.run(BatchWritesApplication.class, args);
    }
}
