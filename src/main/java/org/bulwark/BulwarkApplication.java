package org.bulwark;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BulwarkApplication {

    public static void main(String[] args) {
        SpringApplication.run(BulwarkApplication.class, args);
    }
}
