package cn.sgz.app.health;

import cn.sgz.app.security.Callers;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.filters.SecurityFilter;
import java.security.Principal;

/**
 * A signed-in caller sees health's details ({@code endpoints.health.details-visible:
 * AUTHENTICATED}); the endpoint asks the request for its principal, which Micronaut Security's
 * filter used to set on every request. That filter is off (its reactive chain was 15.5 % of the
 * 16-station list's CPU samples, README), so this sets the principal for health alone, from the same
 * {@link Callers} every other route asks: a revoked token or a disabled user's gets no details.
 */
@ServerFilter({"/health", "/health/**"})
final class SignedInHealth {
    private final Callers callers;

    SignedInHealth(Callers callers) {
        this.callers = callers;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @SuppressWarnings("deprecation") // HttpAttributes.PRINCIPAL is what HttpRequest.getUserPrincipal reads
    void signIn(HttpRequest<?> request) {
        callers.resolve(request).ifPresent(caller -> {
            Principal principal = caller.scope()::username;
            request.setAttribute(HttpAttributes.PRINCIPAL, principal);
            // Micronaut Security's binder of a route's Principal argument reads it only after its filter ran
            request.setAttribute(SecurityFilter.KEY, true);
        });
    }
}
