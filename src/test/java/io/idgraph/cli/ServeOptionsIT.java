package io.idgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code serve} with options that cannot work exits 2 with a message naming the option, before it
 * opens the data dir or binds a port (the packaged jar, as a user runs it).
 */
class ServeOptionsIT {
  @TempDir Path work;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--public-url|not a url|--public-url must be an absolute http or https URL",
        "--public-url|ftp://files.example.com|--public-url must be an absolute http or https URL",
        "--public-url|https://idgraph.example.com/?x=1|--public-url must be an absolute",
        "--max-body-bytes|0|--max-body-bytes must be at least 1024; got 0",
        "--max-body-bytes|-5|--max-body-bytes must be at least 1024; got -5",
        "--port|70000|--port must be from 0 to 65535",
        "--port|-1|--port must be from 0 to 65535",
        "--host|''|--host must be an address",
        "--allowed-origin|*|--allowed-origin must be a browser origin",
        "--allowed-origin|https://app.example.com/path|--allowed-origin must be a browser origin",
        "--allowed-host|http://x.example|--allowed-host must be a Host header value",
        "--idle-timeout|0|--idle-timeout must be from 1 to 3600 seconds; got 0",
        "--max-concurrent|0|--max-concurrent must be at least 1; got 0",
        "--max-queued|-1|--max-queued must be at least 0; got -1",
        "--max-transfers|0|--max-transfers must be at least 1; got 0",
        "--min-data-rate|-1|--min-data-rate must be at least 0; got -1",
        "--max-auth-failures|0|--max-auth-failures must be at least 1; got 0",
        "--max-page-bytes|10|--max-page-bytes must be at least 1024; got 10",
        "--max-upload-bytes|0|--max-upload-bytes must be at least 1; got 0",
        "--warm-up-seconds|-1|--warm-up-seconds must be from 0 (no warm-up) to 600 seconds; got -1",
        "--warm-up-seconds|601|--warm-up-seconds must be from 0 (no warm-up) to 600 seconds",
      })
  void serve_refusesOptionsThatCannotWork(String option, String value, String message)
      throws Exception {
    Path data = work.resolve("never-created");
    List<String> args = new ArrayList<>(List.of("serve", "--data", data.toString()));
    if (!option.equals("--port")) {
      args.addAll(List.of("--port", "0"));
    }
    args.add(option);
    args.add(value);
    JarRunner.Run run = JarRunner.run(work, args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(2);
    assertThat(run.stderr()).contains(message).doesNotContain("Exception");
    assertThat(run.stderr()).doesNotContain("serving MCP");
    assertThat(Files.exists(data)).as("the data dir is not touched").isFalse();
  }
}
