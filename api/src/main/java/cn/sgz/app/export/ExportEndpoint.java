package cn.sgz.app.export;

import cn.sgz.app.security.Callers;
import cn.sgz.indicators.api.Indicators;
import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.error.ErrorCode;
import cn.sgz.infra.export.Workbook;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.Quarter;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Files to download, as the caller: {@code GET /exports/quarterly-return/{projectId}/{quarter}}
 * with the same bearer token as GraphQL. Errors are JSON with the code and a Chinese message.
 */
@Controller("/exports")
class ExportEndpoint {
    private final Callers callers;
    private final Indicators indicators;

    ExportEndpoint(Callers callers, Indicators indicators) {
        this.callers = callers;
        this.indicators = indicators;
    }

    @Get(
            value = "/quarterly-return/{projectId}/{quarter}",
            produces = {Workbook.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    HttpResponse<?> quarterlyReturn(
            @PathVariable String projectId, @PathVariable String quarter, HttpRequest<?> request) {
        var caller = callers.resolve(request);
        if (caller.isEmpty()) {
            return error(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, "请先登录");
        }
        try {
            var project = Check.id("projectId", projectId);
            var period = Quarter.parse("quarter", quarter);
            var bytes = Tenancy.callAs(caller.get().scope(), () -> indicators.quarterlyReturn(project, period));
            var name = URLEncoder.encode("季度服务量统计表-" + period + ".xlsx", StandardCharsets.UTF_8)
                    .replace("+", "%20");
            return HttpResponse.ok(bytes)
                    .contentType(Workbook.MEDIA_TYPE)
                    .header(
                            "Content-Disposition",
                            "attachment; filename=\"quarterly-return-" + period + ".xlsx\"; filename*=UTF-8''" + name);
        } catch (DomainException e) {
            var status = switch (e.code()) {
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case FORBIDDEN -> HttpStatus.FORBIDDEN;
                default -> HttpStatus.BAD_REQUEST;
            };
            return error(status, e.code(), e.getMessage());
        }
    }

    private static HttpResponse<?> error(HttpStatus status, ErrorCode code, String message) {
        return HttpResponse.status(status)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(Map.of(
                        "errors",
                        java.util.List.of(Map.of("message", message, "extensions", Map.of("code", code.name())))));
    }
}
