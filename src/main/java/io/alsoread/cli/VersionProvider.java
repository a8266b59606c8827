package io.alsoread.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code alsoread --version}: the project version Maven records in the jar, and the Java runtime. */
final class VersionProvider implements IVersionProvider {

  private static final String POM_PROPERTIES = "/META-INF/maven/io.alsoread/alsoread/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"alsoread " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"};
  }

  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "dev");
      }
    } catch (IOException e) {
      // fall through: a build without the Maven descriptor
    }
    return "dev";
  }
}
