# SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
# SPDX-License-Identifier: MIT
# cmake -DMETAINFO=file -DVERSION=x.y.z -P check-release.cmake: the newest release that the
# AppStream metainfo announces is the version the project builds.
file(READ "${METAINFO}" metainfo)
if(NOT metainfo MATCHES "<release version=\"([^\"]+)\" date=\"([0-9-]+)\"")
    message(FATAL_ERROR "${METAINFO}: no <release version=... date=...> element")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: the newest release is ${CMAKE_MATCH_1}, the project "
                        "builds ${VERSION}; add a <release> for ${VERSION} with its date")
endif()
message(STATUS "metainfo announces ${CMAKE_MATCH_1} of ${CMAKE_MATCH_2}")
