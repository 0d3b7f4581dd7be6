package vn.partybloc.member.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/**
 * One level of a qualification's code list (state management, foreign language, IT): a member whose recorded text is
 * spelled as its label or one of its aliases (case, accents and spaces aside) has its code. The lists are data an admin
 * keeps, not enumerations: the levels Party records use are not confirmed (party-rules-sources.md, section 7).
 */
@Entity
@Table(name = "qualification_levels")
public class QualificationLevel extends AuditedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public QualificationKind kind;

    public String code;

    public String label;

    /** The document that defines the level (number); null with {@link #sourceDate}: unconfirmed. */
    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "source_date")
    public LocalDate sourceDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qualification_level_aliases", joinColumns = @JoinColumn(name = "level_id"))
    @Column(name = "alias")
    public Set<String> aliases = new HashSet<>();

    public void apply(QualificationLevelSpec spec) {
        code = spec.code();
        label = spec.label();
        sourceDocument = spec.sourceDocument();
        sourceDate = spec.sourceDate();
        aliases.clear();
        aliases.addAll(spec.aliases());
    }
}
