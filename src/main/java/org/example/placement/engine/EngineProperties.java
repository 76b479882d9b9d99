package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rules live, how they are compiled ({@code MVEL}, the classic build, or
 * {@code EXECUTABLE_MODEL}), how often the directory is looked at whatever the file
 * events say (the slow poll; 0 turns watching off, events too), and how long a change
 * must rest before it is taken ({@link RulesWatcher}).
 */
@ConfigurationProperties("placement.rules")
record EngineProperties(@DefaultValue("./rules") Path location, @DefaultValue("MVEL") BuildMode build,
		@DefaultValue("30s") Duration watchInterval, @DefaultValue("500ms") Duration settle) {

}
