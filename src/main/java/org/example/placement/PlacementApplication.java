package org.example.placement;

import org.example.placement.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the placement decision service: ranks candidate placements for a looked-after
 * child by the law and local policy, explaining each step with the provision it comes from.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlacementApplication {

	public static void main(String[] args) {
		if (Cli.handles(args)) {
			System.exit(Cli.run(args));
		}
		SpringApplication.run(PlacementApplication.class, args);
	}

}
