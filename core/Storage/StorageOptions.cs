namespace ReportAudit.Core.Storage;

/// <summary>Container names (section <c>Storage</c>; the reports container also from the <c>ReportsContainer</c> app setting).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string ReportsContainer { get; set; } = "reports";

    public string ParsedContainer { get; set; } = "parsed";

    public string RostersContainer { get; set; } = "rosters";

    /// <summary>The queue of blob events (also the <c>ReportEventsQueue</c> app setting the queue trigger binds).</summary>
    public string EventsQueue { get; set; } = "report-events";

    /// <summary>
    /// Whether an upload through the app (the <c>upload</c> command, the dashboard, <c>collect</c>) enqueues its own
    /// created-blob event. True locally, where nothing else raises events; false in Azure, where Event Grid does.
    /// </summary>
    public bool EnqueueOnUpload { get; set; } = true;

    /// <summary>
    /// How old a report row's count mark must be to be taken for a crash (<see cref="CountRepair"/>) rather than
    /// a commit still moving its counts.
    /// </summary>
    public TimeSpan CountRepairAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the sweep leaves a blob it enqueued alone while its event waits in the queue. Also how long an event
    /// lost with its queue's storage (a dequeue cut off by an outage leaves its message invisible for minutes) keeps
    /// its blob waiting before the sweep enqueues it again.
    /// </summary>
    public TimeSpan SweepLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a new blob may wait for its report before the periodic sweep raises an event for it. Every upload path
    /// of this app enqueues its own event, so under a burst a blob still waiting in the queue is not handed over a
    /// second time; a file another tool dropped is picked up by the first sweep after this.
    /// </summary>
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The queue of collection work (also the <c>CollectionQueue</c> app setting the queue trigger reads).</summary>
    public string CollectionQueue { get; set; } = "collection";

    /// <summary>Prepended to every table name (letters and digits only), so that test runs can share one account.</summary>
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>
    /// Above this many reports, the findings exports read the whole <c>Findings</c> and <c>Reviews</c> tables once, 1,000
    /// rows per request, instead of one query per 15 reports (<see cref="Tables.PartitionFilter"/>): each OR-filtered query
    /// costs about as much as a page of a scan, and 2,000 reports make 267 of them (Findings and Reviews), about what a
    /// scan of 250,000 findings costs. Benchmarks README, "Exports and summary at 100,000".
    /// </summary>
    public int ExportScanAbove { get; set; } = 2_000;

    public string TableName(string table) => TablePrefix + table;
}
