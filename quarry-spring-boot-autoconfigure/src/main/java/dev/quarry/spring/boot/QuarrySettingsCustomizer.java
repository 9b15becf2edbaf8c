package dev.quarry.spring.boot;

import dev.quarry.QuarrySettings;

/**
 * Changes the settings of the auto-configured {@code Quarry} bean before it opens, after the {@code quarry.*}
 * properties and the connection hook and statement listener beans have been applied. Beans of this type run in
 * their {@code @Order}.
 */
@FunctionalInterface
public interface QuarrySettingsCustomizer {

    /** Changes {@code settings}. */
    void customize(QuarrySettings.Builder settings);
}
