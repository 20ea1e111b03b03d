package lab.conditionalrequests;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ConditionalRequestsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConditionalRequestsApplication.class, args);
    }
}
