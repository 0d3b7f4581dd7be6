package vn.partybloc.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Counts and existence checks as HQL queries of their own, whose SQL Hibernate translates once and keeps. Panache's
 * {@code count(...)} and {@code PanacheQuery.count()} go through {@code SelectionQuery.getResultCount()}, which derives
 * a count query from the query on every call and translates it again: a third of a positions import's CPU in a profile
 * (docs/measurements.md). Parameters are positional ({@code ?1}, {@code ?2}, …) and single-valued: a collection bound
 * to {@code in} makes Hibernate translate the query again on every call too.
 */
public final class Counting {

    private Counting() {}

    /** The rows of {@code fromWhere}, an HQL {@code from … where …}. */
    public static long count(EntityManager em, String fromWhere, Object... params) {
        return bind(em.createQuery("select count(*) " + fromWhere, Long.class), params)
                .getSingleResult();
    }

    /** Whether {@code fromWhere}, an HQL {@code from … where …}, has a row; reads one at most. */
    public static boolean any(EntityManager em, String fromWhere, Object... params) {
        return !bind(em.createQuery("select 1 " + fromWhere, Integer.class), params)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Object... params) {
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
