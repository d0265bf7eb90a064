package org.tarikh;

import org.tarikh.cli.AskCommand;
import org.tarikh.cli.CalibrateCommand;
import org.tarikh.cli.CheckCommand;
import org.tarikh.cli.EvalCommand;
import org.tarikh.cli.ExportCommand;
import org.tarikh.cli.ImportCommand;
import org.tarikh.cli.ReportCommand;
import org.tarikh.cli.RunCommand;
import org.tarikh.cli.SiteCommand;
import org.tarikh.cli.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point of the jar: {@code tarikh run|ask|check|validate|eval|calibrate|export|import|report}. */
@Command(name = "tarikh", mixinStandardHelpOptions = true, version = "tarikh 0.1.0",
        description = "Fact-checks claims about the history of Central Asia, from curated knowledge files.",
        subcommands = {RunCommand.class, AskCommand.class, CheckCommand.class, ValidateCommand.class, EvalCommand.class,
            CalibrateCommand.class,
            ExportCommand.class, ImportCommand.class, ReportCommand.class, SiteCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
