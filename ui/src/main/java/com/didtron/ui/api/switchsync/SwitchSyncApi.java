package com.didtron.ui.api.switchsync;

import com.didtron.activities.switchpush.SwitchSyncService;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.domain.switchsync.SyncStatus;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The switch sync over the API: where each object stands with each switch (staff), a retry of a
 * failed object and a full resync (admins). See docs/switching.md, "Switch sync".
 */
@RestController
@RequestMapping("/api/switch")
@Tag(name = "Switch sync", description = "What the switches know, pending and failed pushes")
public class SwitchSyncApi {
  private final SwitchSyncService sync;

  public SwitchSyncApi(SwitchSyncService sync) {
    this.sync = sync;
  }

  /** What a resync recorded. */
  public record ResyncJson(int accounts, int objects) {}

  @GetMapping("/status")
  @Operation(
      summary =
          "Each object per switch: IN_SYNC, PENDING (since when, last reason) or FAILED (the"
              + " switch's error); failed first (staff)")
  public List<SyncStateJson> status(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String target,
      @RequestParam(defaultValue = "500") int limit) {
    return sync.status(ApiActor.current(), blankToNull(target), status(state), limit).stream()
        .map(SyncStateJson::of)
        .toList();
  }

  @PostMapping("/status/{target}/{objectType}/{objectId}/retry")
  @Operation(summary = "Push a failed object again (admins); 409 when it is not failed")
  public SyncStateJson retry(
      @PathVariable String target, @PathVariable String objectType, @PathVariable String objectId) {
    return SyncStateJson.of(
        sync.retry(ApiActor.current(), target, objectType(objectType), objectId));
  }

  @PostMapping("/resync")
  @Operation(
      summary =
          "Full resync (admins): every account's status, limits, trunks, balance and routes are"
              + " pushed again (202)")
  public ResponseEntity<ResyncJson> resync() {
    SwitchSyncService.Resync r = sync.resync(ApiActor.current());
    return ResponseEntity.accepted().body(new ResyncJson(r.accounts(), r.objects()));
  }

  @ExceptionHandler(IllegalStateException.class)
  ProblemDetail conflict(IllegalStateException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  private static SyncStatus status(String state) {
    return state == null || state.isBlank() ? null : parse(SyncStatus.class, state, "state");
  }

  private static ObjectType objectType(String type) {
    return parse(ObjectType.class, type, "objectType");
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + value);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
