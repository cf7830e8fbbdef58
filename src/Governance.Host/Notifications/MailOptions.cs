namespace Governance.Host.Notifications;

/// <summary>The "Mail" settings section: where e-mail goes out. Disabled, notifications reach only the inbox.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public bool Enabled { get; set; }
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public string From { get; set; } = "programmagovernance@localhost";
    public string FromName { get; set; } = "Programmagovernance";
    /// <summary>STARTTLS when the server offers it; "None" for a local relay, "SslOnConnect" for port 465.</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

/// <summary>The "Notifications" settings section.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>How often each node sweeps for due reminders and mail to send; 0 turns the background sweep off (tests sweep on demand).</summary>
    public int SweepSeconds { get; set; } = 60;

    /// <summary>The site's address as people open it (run.sh's default): e-mails link to the page of what they are about.</summary>
    public string SiteUrl { get; set; } = "http://127.0.0.1:5080";
}
