using ReportAudit.Local.Commands;

return await CommandLine.RunAsync(args);
