package dcplanner.shell;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.PromptProvider;

import dcplanner.climate.ClimateLibrary;
import dcplanner.climate.SiteCatalogue;
import dcplanner.scenario.EvaluationService;
import dcplanner.scenario.ParameterCatalogue;
import dcplanner.reference.ReferenceData;

/** Wiring of the shell: our parser, the prompt, a quiet terminal, and the model services. */
@Configuration(proxyBeanMethods = false)
public class ShellConfiguration {

    /**
     * The command registry, filled with every {@code Command} bean once the context is ready. Ours
     * instead of Spring Shell's auto-configured one, which also scans the class path for annotated
     * commands (we have none) and loads a bean-validation factory at start-up (about a second).
     */
    @Bean
    public CommandRegistry commandRegistry() {
        return new CommandRegistry();
    }

    @Bean
    public CommandParser commandParser(CommandRegistry registry) {
        return new PlannerCommandParser(registry);
    }

    /** {@code dc-planner:NAME>} with the current scenario; {@code (read-only)} when another shell has the workspace. */
    @Bean
    public PromptProvider promptProvider(ObjectProvider<WorkspaceSession> session) {
        return () -> {
            WorkspaceSession s = session.getObject();
            String current = s.currentNameOrNull();
            String prompt = "dc-planner" + (current == null ? "" : ":" + current)
                    + (s.isOpen() && s.readOnly() ? " (read-only)" : "") + "> ";
            return new AttributedString(prompt, AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
        };
    }

    /** Without a terminal (pipes, CI) JLine would warn about a dumb terminal on stderr. */
    @Bean
    public TerminalCustomizer quietDumbTerminal() {
        return builder -> builder.dumb(true);
    }

    @Bean
    public ClimateLibrary climateLibrary() {
        return new ClimateLibrary(SiteCatalogue.bundled());
    }

    @Bean
    public EvaluationService evaluationService(ClimateLibrary climates, ReferenceData reference) {
        return EvaluationService.standard(climates, reference);
    }

    @Bean
    public ParameterCatalogue parameterCatalogue(EvaluationService service) {
        return service.resolver().catalogue();
    }

    @Bean
    public ReferenceData referenceData() {
        return ReferenceData.bundled();
    }
}
