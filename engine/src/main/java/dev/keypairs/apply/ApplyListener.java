package dev.keypairs.apply;

/** Hears how an apply goes; called from the threads working the regions. */
public interface ApplyListener {

    /**
     * A region's progress, e.g. {@code alibaba/cn-hangzhou: 120/500}, or {@code 17/40, 23 failed}.
     *
     * @param region the region's address
     * @param done the planned actions carried out, or found carried out already
     * @param failed the planned actions that failed or were not attempted
     * @param total the region's planned actions
     */
    void progress(String region, int done, int failed, int total);

    /** Something to know that does not fail the apply. */
    void warn(ApplyWarning warning);
}
