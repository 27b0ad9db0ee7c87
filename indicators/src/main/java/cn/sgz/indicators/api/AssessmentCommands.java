package cn.sgz.indicators.api;

import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.time.Quarter;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Targets and the steps of a station's quarterly assessment; each step names the version it was taken on. */
public final class AssessmentCommands {
    private AssessmentCommands() {}

    /** Many targets of one project's quarter at once (all or none). */
    public record SetTargets(UUID projectId, Quarter quarter, List<TargetEntry> targets) {
        public SetTargets {
            Check.present("projectId", projectId);
            Check.present("quarter", quarter);
            targets = List.copyOf(Check.present("targets", targets));
            if (targets.isEmpty() || targets.size() > 10_000) {
                throw DomainException.invalid("targets", "targets 须有 1 到 10000 项");
            }
            var seen = new HashSet<List<Object>>();
            for (int i = 0; i < targets.size(); i++) {
                var entry = targets.get(i);
                if (!seen.add(java.util.Arrays.asList(entry.indicatorCode(), entry.stationId()))) {
                    throw DomainException.invalid(
                            "targets[" + i + "].indicatorCode", "targets[" + i + "].indicatorCode 与前面的一项重复");
                }
            }
        }
    }

    public record TargetEntry(
            String indicatorCode, @Nullable UUID stationId, BigDecimal target) {
        public TargetEntry {
            indicatorCode = Check.text("indicatorCode", indicatorCode, 40);
            Check.present("target", target);
            if (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100_000_000)) >= 0 || target.scale() > 2) {
                throw DomainException.invalid("target", "target 须在 0 到 1 亿之间，至多两位小数");
            }
        }
    }

    /** A step of the workflow on a station's quarter. */
    public record Step(
            UUID stationId,
            Quarter quarter,
            int version,
            @Nullable String comment) {
        public Step {
            Check.present("stationId", stationId);
            Check.present("quarter", quarter);
            Check.range("version", version, 0, Integer.MAX_VALUE);
            comment = Check.optionalText("comment", comment, 2000);
        }

        public Step requireComment() {
            if (comment == null) {
                throw DomainException.invalid("comment", "comment 不能为空：退回或解锁须说明原因");
            }
            return this;
        }
    }
}
