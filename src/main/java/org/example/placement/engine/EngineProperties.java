package org.example.placement.engine;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rules live and how they are compiled: {@code MVEL} (the classic build) or
 * {@code EXECUTABLE_MODEL}.
 */
@ConfigurationProperties("placement.rules")
record EngineProperties(@DefaultValue("./rules") Path location, @DefaultValue("MVEL") BuildMode build) {

}
