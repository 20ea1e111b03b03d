package lab.aggregateindatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AggregateInDatabaseApplication {

    public static void main(String[] args) {
        SpringApplication.run(AggregateInDatabaseApplication.class, args);
    }
}
