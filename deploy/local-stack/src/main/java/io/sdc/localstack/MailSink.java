package io.sdc.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local stack's SMTP server (GreenMail): it accepts the notification service's email and keeps each message
 * as an {@code .eml} file in a directory, numbered in the order received, for reading with any mail program.
 */
final class MailSink implements AutoCloseable {

    private final GreenMail smtp;
    private final Path directory;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-stack-mail");
        thread.setDaemon(true);
        return thread;
    });

    /** Files in the directory, from this start and earlier ones. */
    private int saved;
    /** Messages of this start already written. */
    private int savedThisRun;

    private MailSink(GreenMail smtp, Path directory) {
        this.smtp = smtp;
        this.directory = directory;
    }

    /** Starts an SMTP server on localhost:{@code port} saving what it receives to {@code directory}. */
    static MailSink start(int port, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (var existing = Files.list(directory)) {
            MailSink sink = new MailSink(new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP)), directory);
            sink.saved = (int) existing.filter(file -> file.toString().endsWith(".eml")).count();
            sink.smtp.start();
            sink.saver.scheduleWithFixedDelay(sink::saveNew, 1, 1, TimeUnit.SECONDS);
            return sink;
        }
    }

    Path directory() {
        return directory;
    }

    /** Writes the messages received since the last call, each to its own file. */
    synchronized void saveNew() {
        MimeMessage[] received = smtp.getReceivedMessages();
        for (int i = savedThisRun; i < received.length; i++) {
            Path file = directory.resolve(String.format("%05d.eml", saved + 1));
            try (OutputStream out = Files.newOutputStream(file)) {
                received[i].writeTo(out);
                saved++;
                savedThisRun++;
            } catch (IOException | MessagingException e) {
                System.err.println("  Could not save an email to " + file + ": " + e.getMessage());
                return;
            }
        }
    }

    @Override
    public void close() {
        saver.shutdownNow();
        saveNew();
        smtp.stop();
    }
}
