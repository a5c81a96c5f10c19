package dcplanner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration;

/**
 * dc-planner: with no arguments an interactive shell; with a command, that one command and exit
 * (0 ok, 1 the command failed, 2 usage error); with {@code @file}, the commands of a script file.
 *
 * <p>Only Spring Shell's auto-configuration is imported, not every auto-configuration on the class
 * path: the application needs no web, data or task infrastructure, and start-up is a second faster.
 */
@SpringBootConfiguration
@ComponentScan
@ImportAutoConfiguration(SpringShellAutoConfiguration.class)
public class DcPlannerApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the application with {@code args} and returns its exit code (0 ok, 1 failed, 2 usage). */
    public static int run(String... args) {
        System.setProperty("java.awt.headless", "true");
        SpringApplication app = new SpringApplication(DcPlannerApplication.class);
        // otherwise Boot reads "--site x" as a configuration property and "--debug" as its debug switch
        app.setAddCommandLineProperties(false);
        app.setLogStartupInfo(false);
        return SpringApplication.exit(app.run(args));
    }
}
