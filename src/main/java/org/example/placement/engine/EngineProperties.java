package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rules live, how they are compiled ({@code MVEL}, the classic build, or
 * {@code EXECUTABLE_MODEL}) and how often the directory is checked for changes (0 turns
 * the watcher off).
 */
@ConfigurationProperties("placement.rules")
record EngineProperties(@DefaultValue("./rules") Path location, @DefaultValue("MVEL") BuildMode build,
		@DefaultValue("2s") Duration watchInterval) {

}
