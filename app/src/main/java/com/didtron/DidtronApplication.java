package com.didtron;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The platform as one Spring Boot application: portals, API, Temporal worker. Started by {@code
 * ./didtron start} (see {@link com.didtron.app.cli.StartCommand}); every module's beans live under
 * {@code com.didtron}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DidtronApplication {}
