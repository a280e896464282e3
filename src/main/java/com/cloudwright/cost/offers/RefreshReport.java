package com.cloudwright.cost.offers;

import java.util.List;

/** What a refresh did with each file it looked at. */
public record RefreshReport(List<FileResult> files) {

    /** The outcome for one file. */
    public enum Status {
        /** Downloaded and extracted. */
        UPDATED,
        /** Its version has not changed since the extract on disk. */
        UNCHANGED,
        /** AWS publishes no file for this service in this Region. */
        NOT_OFFERED,
        /** The download or the file failed; {@code message} says why and names the URL. */
        FAILED
    }

    /**
     * @param kept products kept (with or without a price) from {@code productsSeen} read
     */
    public record FileResult(String service, String region, Status status, String publicationDate, long bytes,
                             long productsSeen, int kept, String message) {
    }

    public RefreshReport {
        files = List.copyOf(files);
    }

    public List<FileResult> failures() {
        return files.stream().filter(f -> f.status() == Status.FAILED).toList();
    }

    public long count(Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    public long bytes() {
        return files.stream().mapToLong(FileResult::bytes).sum();
    }
}
