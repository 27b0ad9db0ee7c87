package cn.sgz.app.security;

import cn.sgz.app.graphql.RequestContext;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.SchemaFragment;
import cn.sgz.tenant.api.Accounts;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

/** login, refreshToken and logout. */
@Singleton
class AuthSchema implements SchemaFragment {
    private final Accounts accounts;
    private final TokenService tokens;
    private final LoginThrottle throttle;

    AuthSchema(Accounts accounts, TokenService tokens, LoginThrottle throttle) {
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
                        .dataFetcher(
                                "refreshToken",
                                env -> tokens.refresh(Input.arguments(env).string("refreshToken")))
                        .dataFetcher("logout", env -> {
                            var caller = RequestContext.caller(env).orElseThrow(DomainException::unauthenticated);
                            tokens.logout(caller, Input.arguments(env).string("refreshToken"));
                            return true;
                        }));
    }

    private Object login(DataFetchingEnvironment env) {
        var arguments = Input.arguments(env);
        var username = arguments.string("username").strip();
        var address = RequestContext.clientAddress(env);
        throttle.checkAllowed(username, address);
        var user = accounts.authenticate(username, arguments.string("password"));
        if (user.isEmpty()) {
            throttle.failed(username, address);
            throw DomainException.unauthenticatedBecause("用户名或密码错误");
        }
        throttle.succeeded(username);
        return tokens.issue(user.get());
    }
}
