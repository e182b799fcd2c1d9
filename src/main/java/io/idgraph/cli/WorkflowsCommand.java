package io.idgraph.cli;

import io.idgraph.workflow.CallRecord;
import io.idgraph.workflow.WorkflowLog;
import io.idgraph.workflow.WorkflowSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idgraph workflows list|show}: the calls made in each workflow. */
@Command(
    name = "workflows",
    subcommands = {WorkflowsCommand.ListWorkflows.class, WorkflowsCommand.Show.class})
final class WorkflowsCommand extends CommandGroup {
  @Command(name = "list")
  static final class ListWorkflows extends DataDirCommand {
    @Option(names = "--limit", defaultValue = "20", paramLabel = "N")
    int limit;

    @Override
    public Integer call() {
      List<WorkflowSummary> recent = data.fromServerState(state -> state.workflows().recent(limit));
      if (recent.isEmpty()) {
        System.err.println("idgraph: no workflows yet");
        return 0;
      }
      System.out.printf("%-36s  %5s  %-24s  %s%n", "WORKFLOW_ID", "CALLS", "LAST_CALL", "TOOLS");
      for (WorkflowSummary w : recent) {
        System.out.printf(
            "%-36s  %5d  %-24s  %s%n",
            w.workflowId(), w.calls(), w.lastCall(), String.join(",", w.tools()));
      }
      return 0;
    }
  }

  @Command(name = "show")
  static final class Show extends DataDirCommand {
    @Parameters(paramLabel = "WORKFLOW_ID", description = "The workflow_id (a UUID).")
    String workflowId;

    @Override
    public Integer call() {
      String id = WorkflowLog.parseId(workflowId);
      List<CallRecord> calls = data.fromServerState(state -> state.workflows().calls(id));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("workflow_id", id);
      out.put("calls", calls);
      JsonOut.pretty(out);
      return 0;
    }
  }
}
