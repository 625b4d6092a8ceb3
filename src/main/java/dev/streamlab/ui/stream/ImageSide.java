package dev.streamlab.ui.stream;

/**
 * One side of the detail pane's images: an image (or a KEYS_ONLY record's keys) as marked JSON, or the sentence
 * saying why the record has no such image.
 *
 * @param json   null when the record carries no such image
 * @param absent why there is no image; null when there is one
 */
public record ImageSide(String title, MarkedJson json, String absent) {

    static ImageSide shown(String title, MarkedJson json) {
        return new ImageSide(title, json, null);
    }

    static ImageSide missing(String title, String why) {
        return new ImageSide(title, null, why);
    }
}
