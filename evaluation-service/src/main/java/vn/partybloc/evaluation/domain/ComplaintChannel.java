package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "How it arrived: LETTER (đơn gửi qua bưu điện hoặc trực tiếp), IN_PERSON (trình bày trực tiếp), "
                + "EMAIL, PHONE, FORWARDED (do cơ quan, tổ chức khác chuyển đến).")
public enum ComplaintChannel {
    LETTER,
    IN_PERSON,
    EMAIL,
    PHONE,
    FORWARDED
}
