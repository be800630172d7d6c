namespace ReportAudit.Local.Commands;

/// <summary>A one-line progress bar on stderr, so stdout stays clean for JSON Lines.</summary>
internal sealed class ProgressBar(int total, bool enabled)
{
    private int _done;

    public void Advance()
    {
        _done++;
        if (!enabled)
        {
            return;
        }

        const int width = 30;
        var filled = total == 0 ? width : _done * width / total;
        Console.Error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{total}");
    }

    public void Clear()
    {
        if (enabled && _done > 0)
        {
            Console.Error.Write("\r" + new string(' ', 50) + "\r");
        }
    }
}
