package io.idgraph.cli;

import io.idgraph.workflow.FeedbackRecord;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code idgraph feedback list}: feedback submitted through submit_feedback. */
@Command(
    name = "feedback",
    subcommands = {FeedbackCommand.ListFeedback.class})
final class FeedbackCommand extends CommandGroup {
  @Command(name = "list")
  static final class ListFeedback extends DataDirCommand {
    @Option(names = "--workflow", paramLabel = "ID")
    String workflowId;

    @Override
    public Integer call() {
      List<FeedbackRecord> records =
          data.fromServerState(state -> state.feedback().list(workflowId));
      if (records.isEmpty()) {
        System.err.println("idgraph: no feedback yet");
      }
      JsonOut.lines(records);
      return 0;
    }
  }
}
