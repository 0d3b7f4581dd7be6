package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.partybloc.platform.web.Page;
import vn.partybloc.training.repository.CourseRepository;

/** Reading courses. Courses are offerings every role may see; a secretary's scope applies to enrollments, not courses. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseQueries {

    private final CourseRepository courses;
    private final OrganizationScope scope;

    public CourseQueries(CourseRepository courses, OrganizationScope scope) {
        this.courses = courses;
        this.scope = scope;
    }

    public Page<Course> search(CourseFilter filter, UUID organizationId, String orderBy, int page, int size) {
        CourseFilter f = organizationId == null
                ? filter
                : new CourseFilter(
                        filter.q(),
                        filter.topic(),
                        filter.status(),
                        scope.visible(organizationId).path,
                        filter.from(),
                        filter.to());
        return new Page<>(courses.search(f, orderBy, page * size, size), page, size, courses.count(f));
    }
}
