package org.tarikh.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option: where the embedded database lives. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:TARIKH_DATA:-data}",
            description = "The folder of the embedded database (default: $TARIKH_DATA or ./data).")
    Path dir;
}
