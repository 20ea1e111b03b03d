package lab.sqlinjection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SupportConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupportConsoleApplication.class, args);
    }
}
