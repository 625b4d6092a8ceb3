package dev.streamlab.stream;

/** Where a reader without a checkpoint starts: the oldest record kept (24 h on AWS) or only new ones. */
public enum StartingPosition {
    TRIM_HORIZON,
    LATEST
}
