package dcplanner.shell;

import java.util.List;
import java.util.Locale;

import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ResourceLoader;
import org.springframework.shell.jline.tui.component.NumberInput;
import org.springframework.shell.jline.tui.component.SingleItemSelector;
import org.springframework.shell.jline.tui.component.support.AbstractTextComponent.TextComponentContext.MessageLevel;
import org.springframework.shell.jline.tui.component.support.SelectorItem;
import org.springframework.shell.jline.tui.style.TemplateExecutor;
import org.springframework.stereotype.Component;

import dcplanner.shell.commands.GuidedStart;

/**
 * The guided start's questions on the terminal, with Spring Shell's interactive components: a
 * selector (arrows, type to filter, Enter) and a number input that shows the default and refuses
 * a value outside the allowed range on the spot, with the range in the message.
 */
@Component
public class TerminalQuestions implements GuidedStart.Questions {

    private final ObjectProvider<Terminal> terminal;
    private final ObjectProvider<ResourceLoader> resources;
    private final ObjectProvider<TemplateExecutor> templates;

    public TerminalQuestions(ObjectProvider<Terminal> terminal, ObjectProvider<ResourceLoader> resources,
            ObjectProvider<TemplateExecutor> templates) {
        this.terminal = terminal;
        this.resources = resources;
        this.templates = templates;
    }

    private Terminal terminal() {
        Terminal t = terminal.getObject();
        if (Terminal.TYPE_DUMB.equals(t.getType()) || Terminal.TYPE_DUMB_COLOR.equals(t.getType())) {
            throw new UsageException("--guided needs an interactive terminal; give the inputs as options instead"
                    + " (scenario new NAME --site ID --cooling TECH ...)");
        }
        return t;
    }

    @Override
    public void begin() {
        terminal();
    }

    /** The key binding that abandons the guided start (Ctrl-C, read as a key while a question is open). */
    static final String ABANDON = "dc-planner-abandon";

    /** Thrown when the user presses Ctrl-C in a question: the guided start ends, nothing is created. */
    static final class Abandoned extends UsageException {
        Abandoned() {
            super("guided start abandoned (Ctrl-C); nothing was created");
        }
    }

    /**
     * Runs a question with Ctrl-C delivered as a key, not as a signal: otherwise the signal would end
     * the whole program, since no line is being read that could catch it.
     */
    private <T> T asking(Terminal t, java.util.function.Supplier<T> question) {
        org.jline.terminal.Attributes saved = t.getAttributes();
        org.jline.terminal.Attributes keys = new org.jline.terminal.Attributes(saved);
        keys.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, false);
        t.setAttributes(keys);
        try {
            return question.get();
        } finally {
            t.setAttributes(saved);
            t.writer().flush();
        }
    }

    /** Binds Ctrl-C to {@link #ABANDON}. */
    static void bindAbandon(KeyMap<String> keys) {
        keys.bind(ABANDON, KeyMap.ctrl('C'));
    }

    /** Reads the next key; Ctrl-C abandons, any other key is handed back for the component to read. */
    static void checkAbandon(BindingReader reader, KeyMap<String> keys) {
        String operation = reader.readBinding(keys);
        if (ABANDON.equals(operation)) {
            throw new Abandoned();
        }
        if (reader.getLastBinding() != null) {
            reader.runMacro(reader.getLastBinding());
        }
    }

    @Override
    public String choose(String title, List<GuidedStart.Choice> choices, String preselected) {
        List<SelectorItem<String>> items = choices.stream().map(c -> SelectorItem.of(c.label(), c.value())).toList();
        Terminal t = terminal();
        SingleItemSelector<String, SelectorItem<String>> selector = new SingleItemSelector<>(t, items, title, null) {
            @Override
            protected void bindKeyMap(KeyMap<String> keys) {
                super.bindKeyMap(keys);
                bindAbandon(keys);
            }

            @Override
            protected boolean read(BindingReader reader, KeyMap<String> keys,
                    SingleItemSelectorContext<String, SelectorItem<String>> context) {
                checkAbandon(reader, keys);
                return super.read(reader, keys, context);
            }
        };
        selector.setResourceLoader(resources.getObject());
        selector.setTemplateExecutor(templates.getObject());
        selector.setMaxItems(Math.min(12, items.size()));
        items.stream().filter(i -> i.getItem().equals(preselected)).findFirst().ifPresent(selector::setDefaultExpose);
        SingleItemSelector.SingleItemSelectorContext<String, SelectorItem<String>> context = asking(t,
                () -> selector.run(SingleItemSelector.SingleItemSelectorContext.empty()));
        return context.getResultItem().map(SelectorItem::getItem).orElse(preselected);
    }

    @Override
    public double number(String title, double defaultValue, double min, double max, boolean whole) {
        Terminal t = terminal();
        RangedNumberInput input = new RangedNumberInput(t, title, defaultValue, min, max, whole);
        input.setResourceLoader(resources.getObject());
        input.setTemplateExecutor(templates.getObject());
        NumberInput.NumberInputContext context = asking(t, () -> input.run(NumberInput.NumberInputContext.empty()));
        Number result = context.getResultValue();
        return result == null ? defaultValue : result.doubleValue();
    }

    /** A number input that keeps asking while the value is outside {@code min..max}. */
    static final class RangedNumberInput extends NumberInput {

        private final double min;
        private final double max;
        private final boolean whole;

        RangedNumberInput(Terminal terminal, String name, double defaultValue, double min, double max, boolean whole) {
            super(terminal, name, whole ? (Number) (long) defaultValue : (Number) defaultValue,
                    whole ? Long.class : Double.class);
            this.min = min;
            this.max = max;
            this.whole = whole;
        }

        @Override
        protected void bindKeyMap(KeyMap<String> keys) {
            super.bindKeyMap(keys);
            bindAbandon(keys);
        }

        @Override
        protected boolean read(BindingReader reader, KeyMap<String> keys, NumberInputContext context) {
            checkAbandon(reader, keys);
            boolean done = super.read(reader, keys, context);
            if (done && context.getResultValue() != null) {
                double value = context.getResultValue().doubleValue();
                String problem = rangeProblem(value, min, max, whole);
                if (problem != null) {
                    context.setResultValue(null);
                    context.setMessage(problem, MessageLevel.ERROR);
                    return false;
                }
            }
            return done;
        }

    }

    /** Why {@code value} is refused, or null when it is allowed. */
    static String rangeProblem(double value, double min, double max, boolean whole) {
        if (!Double.isFinite(value)) {
            return "not a finite number; allowed: " + plain(min) + ".." + plain(max) + "; try again";
        }
        if (value < min || value > max) {
            return String.format(Locale.ROOT, "%s is outside %s..%s; try again", plain(value), plain(min), plain(max));
        }
        if (whole && value != Math.rint(value)) {
            return plain(value) + " is not a whole number; try again";
        }
        return null;
    }

    private static String plain(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
