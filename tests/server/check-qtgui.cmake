# Whether an ELF binary loads QtGui: its own NEEDED entries (readelf -d) and every library the dynamic
# loader would load for it (ldd). Usage:
#   cmake -DBINARY=<file> -DEXPECT=absent|present -P check-qtgui.cmake
# EXPECT=absent fails when libQt6Gui is among them (shop-inbox-server must not need it); EXPECT=present fails
# when it is not (run on a binary that links QtGui, it shows the check can see it).
if(NOT EXISTS "${BINARY}")
  message(FATAL_ERROR "no such binary: ${BINARY}")
endif()
execute_process(COMMAND readelf -d --wide "${BINARY}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE readelf_rc
                ERROR_VARIABLE readelf_err)
if(NOT readelf_rc EQUAL 0)
  message(FATAL_ERROR "readelf -d ${BINARY} failed (${readelf_rc}): ${readelf_err}")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*" needed "${dynamic}")
# A binary whose entries could not be read would pass an "absent" check: every Qt binary needs QtCore.
if(NOT needed MATCHES "libQt6Core\\.so")
  message(FATAL_ERROR "read no NEEDED entry for libQt6Core from ${BINARY}:\n${dynamic}")
endif()
execute_process(COMMAND ldd "${BINARY}" OUTPUT_VARIABLE loaded RESULT_VARIABLE ldd_rc ERROR_VARIABLE ldd_err)
if(NOT ldd_rc EQUAL 0 OR NOT loaded MATCHES "libQt6Core\\.so")
  message(FATAL_ERROR "ldd ${BINARY} failed (${ldd_rc}): ${ldd_err}${loaded}")
endif()

set(found "")
if(needed MATCHES "libQt6Gui\\.so")
  string(APPEND found "NEEDED entry libQt6Gui; ")
endif()
if(loaded MATCHES "libQt6Gui\\.so")
  string(APPEND found "ldd loads libQt6Gui; ")
endif()
if(EXPECT STREQUAL "absent" AND found)
  string(REPLACE ";" "\n" needed_lines "${needed}")
  message(FATAL_ERROR "${BINARY} needs QtGui (${found}):\n${needed_lines}")
elseif(EXPECT STREQUAL "present" AND NOT found)
  message(FATAL_ERROR "${BINARY} links QtGui, but the check did not see it")
elseif(NOT EXPECT STREQUAL "absent" AND NOT EXPECT STREQUAL "present")
  message(FATAL_ERROR "EXPECT must be absent or present, not '${EXPECT}'")
endif()
message(STATUS "${BINARY}: QtGui ${EXPECT}")
