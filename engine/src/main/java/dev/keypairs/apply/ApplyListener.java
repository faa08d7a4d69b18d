package dev.keypairs.apply;

/** Hears how an apply goes; called from the threads working the regions. */
public interface ApplyListener {

    /** A region's progress, e.g. {@code alibaba/cn-hangzhou: 120/500}. */
    void progress(String region, int done, int total);

    /** Something to know that does not fail the apply. */
    void warn(ApplyWarning warning);
}
