package lab.cachestampede;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CacheStampedeApplication {

    public static void main(String[] args) {
        SpringApplication.run(CacheStampedeApplication.class, args);
    }
}
