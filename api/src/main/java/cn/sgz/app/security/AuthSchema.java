package cn.sgz.app.security;

import cn.sgz.app.graphql.RequestContext;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.SchemaFragment;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.Accounts;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;

/** login, refreshToken and logout. */
@Singleton
class AuthSchema implements SchemaFragment {
    private static final Set<String> SIGN_INS = Set.of("login", "refreshToken");

    private final Accounts accounts;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    AuthSchema(Accounts accounts, TokenService tokens, LoginThrottle throttle, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @Override
    public String schemaResource() {
        return "graphql/auth.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                "Mutation",
                type -> type.dataFetcher("login", this::login)
                        .dataFetcher("refreshToken", env -> {
                            requireOneSignIn(env);
                            return tokens.refresh(Input.arguments(env).string("refreshToken"));
                        })
                        .dataFetcher("logout", env -> {
                            var caller = RequestContext.caller(env).orElseThrow(DomainException::unauthenticated);
                            tokens.logout(caller, Input.arguments(env).string("refreshToken"));
                            return true;
                        }));
    }

    private Object login(DataFetchingEnvironment env) {
        requireOneSignIn(env);
        var arguments = Input.arguments(env);
        // usernames are stored in lower case; people type them as they like
        var username = arguments.string("username").strip().toLowerCase(java.util.Locale.ROOT);
        var address = RequestContext.clientAddress(env);
        throttle.attempt(username, address);
        var user = accounts.authenticate(username, arguments.string("password"));
        if (user.isEmpty()) {
            throttle.failed(username, address);
            audit.record(new AuditEntry("LOGIN_FAILED", null, "User", username, Map.of("address", address)));
            throw DomainException.unauthenticatedBecause("用户名或密码错误");
        }
        throttle.succeeded(username);
        var payload = tokens.issue(user.get());
        Tenancy.runAs(
                payload.scope(),
                () -> audit.record(
                        new AuditEntry("LOGIN", null, "User", user.get().id().toString(), Map.of("address", address))));
        return payload;
    }

    /**
     * One login or refreshToken per request: aliases would otherwise run one slow password hash
     * each. Checked before any hash, by every such field, so none of them runs.
     */
    private static void requireOneSignIn(DataFetchingEnvironment env) {
        var count = signIns(env.getOperationDefinition().getSelectionSet(), env.getFragmentsByName());
        if (count > 1) {
            throw DomainException.invalid(
                    env.getField().getResultKey(), "一次请求只能包含一个 login 或 refreshToken（当前 " + count + " 个）");
        }
    }

    private static int signIns(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
        int count = 0;
        for (var selection : selections.getSelections()) {
            count += switch (selection) {
                case Field field -> SIGN_INS.contains(field.getName()) ? 1 : 0;
                case InlineFragment inline -> signIns(inline.getSelectionSet(), fragments);
                case FragmentSpread spread ->
                    fragments.containsKey(spread.getName())
                            ? signIns(fragments.get(spread.getName()).getSelectionSet(), fragments)
                            : 0;
                default -> 0;
            };
        }
        return count;
    }
}
