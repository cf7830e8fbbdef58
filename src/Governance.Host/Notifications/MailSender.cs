using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Governance.Host.Notifications;

/// <summary>Sends one e-mail over SMTP (MailKit), with an optional iCalendar attachment.</summary>
public sealed class MailSender(IOptions<MailOptions> options)
{
    public bool Enabled => options.Value.Enabled;

    public async Task SendAsync(string to, string subject, string body, string? calendar, string? calendarMethod, CancellationToken ct)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;

        var text = new TextPart("plain") { Text = body };
        if (calendar is null)
        {
            message.Body = text;
        }
        else
        {
            // Outlook and most calendars recognise an invitation by a text/calendar part with its METHOD.
            var invitation = new TextPart("calendar") { Text = calendar };
            invitation.ContentType.Parameters.Add("method", calendarMethod ?? "REQUEST");
            invitation.ContentType.Charset = "utf-8";
            var attachment = new MimePart("application", "ics")
            {
                Content = new MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(calendar))),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = "uitnodiging.ics",
            };
            message.Body = new Multipart("mixed") { new Multipart("alternative") { text, invitation }, attachment };
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security), ct);
        if (!string.IsNullOrEmpty(settings.UserName))
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
