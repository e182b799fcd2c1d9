package io.idgraph.cli;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The idgraph command line. Only {@link #main} calls System.exit. */
@Command(
    name = "idgraph",
    resourceBundle = "io.idgraph.cli.Messages",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    version = "idgraph 0.1.0",
    subcommands = {
      GenerateCommand.class,
      LoadCommand.class,
      BuildCommand.class,
      ChangesCommand.class,
      ExplainCommand.class,
      ResolveCommand.class,
      PersonCommand.class,
      EnrichCommand.class,
      ServeCommand.class,
      KeysCommand.class,
      PrivacyCommand.class,
      AuditCommand.class,
      WorkflowsCommand.class,
      FeedbackCommand.class,
      DemoCommand.class,
    })
public final class Main extends CommandGroup {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code: 0 ok, 1 failure, 2 usage error. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    withHelpOptions(cli);
    cli.setExecutionExceptionHandler(Main::handleFailure);
    return cli.execute(args);
  }

  /**
   * Gives every subcommand {@code -h/--help} and {@code -V/--version}, as the top command has:
   * picocli does not pass {@code mixinStandardHelpOptions} down to subcommands declared by class.
   */
  private static void withHelpOptions(CommandLine cli) {
    for (CommandLine sub : cli.getSubcommands().values()) {
      if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
        sub.getCommandSpec().mixinStandardHelpOptions(true);
        sub.getCommandSpec().version(cli.getCommandSpec().version());
      }
      withHelpOptions(sub);
    }
  }

  /**
   * The failure's class and, when it wraps another (a task's), the classes of its causes: what a
   * bug report needs. Never the messages, which may quote personal data.
   */
  static String kindOf(Throwable e) {
    StringBuilder kind = new StringBuilder(e.getClass().getSimpleName());
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
      kind.append(depth == 0 ? " (caused by " : ", caused by ")
          .append(cause.getClass().getSimpleName());
    }
    return e.getCause() == null ? kind.toString() : kind.append(')').toString();
  }

  private static boolean isUsage(ErrorCode code) {
    return code == ErrorCode.INVALID_ARGUMENT || code == ErrorCode.LIMIT_EXCEEDED;
  }

  private static int handleFailure(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    if (e instanceof IdgraphException failure) {
      err.println("idgraph: " + failure.getMessage());
      return isUsage(failure.code()) ? 2 : 1;
    }
    err.println("idgraph: internal error: " + kindOf(e));
    if (System.getenv("IDGRAPH_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return 1;
  }
}
