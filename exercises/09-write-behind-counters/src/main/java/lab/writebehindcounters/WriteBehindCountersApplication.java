package lab.writebehindcounters;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class WriteBehindCountersApplication {

    public static void main(String[] args) {
        SpringApplication.run(WriteBehindCountersApplication.class, args);
    }
}
