# SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
# SPDX-License-Identifier: MIT
# Linux and other freedesktop systems: the programs in bin, the desktop file, AppStream
# metainfo and hicolor icons under share, named by the application ID. CPack: DEB and TGZ.

install(TARGETS ${WSM_PROGRAMS} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(linux_dir "${CMAKE_CURRENT_SOURCE_DIR}/linux")
install(FILES "${linux_dir}/${WSM_APP_ID}.desktop"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${linux_dir}/${WSM_APP_ID}.metainfo.xml"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${WSM_ICON_SVG}"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${WSM_APP_ID}.svg)
foreach(size IN LISTS WSM_ICON_SIZES)
    install(FILES "${WSM_ICON_DIR}/hicolor/${size}x${size}/apps/${WSM_APP_ID}.png"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Debian's machine-readable copyright file, with the licence text from license.txt.
file(READ "${CMAKE_CURRENT_SOURCE_DIR}/license.txt" licence)
string(REGEX REPLACE "^.*Copyright[^\n]*\n\n" "" licence "${licence}")
string(STRIP "${licence}" licence)
string(REPLACE "\n\n" "\n.\n" licence "${licence}")
string(REPLACE "\n" "\n " licence "${licence}")
set(WSM_LICENCE_TEXT " ${licence}")
file(READ "${linux_dir}/copyright.in" copyright)
string(REGEX REPLACE "^(#[^\n]*\n)+" "" copyright "${copyright}") # the SPDX header
file(CONFIGURE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/copyright" CONTENT "${copyright}" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/copyright"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${WSM_PACKAGE_NAME})

if(WSM_DEPLOY_QT)
    if(Qt6_VERSION VERSION_LESS 6.5)
        message(WARNING "WSM_DEPLOY_QT: Qt ${Qt6_VERSION} cannot deploy itself on Linux (6.5 "
                        "can); the installation will use the system's Qt.")
    else()
        # Self-contained: Qt's libraries go to lib, found through $ORIGIN.
        set_target_properties(${WSM_PROGRAMS} PROPERTIES
            INSTALL_RPATH "$ORIGIN/../${CMAKE_INSTALL_LIBDIR}")
        qt_generate_deploy_app_script(TARGET wavespeed-monitor OUTPUT_SCRIPT deploy_script)
        install(SCRIPT "${deploy_script}")
    endif()
else()
    # The distribution's Qt is found by the loader's default paths; an RPATH of $ORIGIN/../lib
    # (set by qt_standard_project_setup) would only widen the search for a system package.
    set_target_properties(${WSM_PROGRAMS} PROPERTIES INSTALL_RPATH "")
endif()

set(CPACK_GENERATOR DEB TGZ)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${WSM_VENDOR} <${WSM_CONTACT}>")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps finds the libraries the programs link. Qt loads plugins at run time, where no
# tool can see them: the SQLite driver holds the task list, and the SVG icon engine draws every
# icon of the window (the programs themselves need no symbol of Qt Svg, so it is not linked).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(qt_minor "${Qt6_VERSION_MAJOR}.${Qt6_VERSION_MINOR}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite (>= ${qt_minor}), libqt6svg6 (>= ${qt_minor})")
# Previews of WebP outputs, Qt's own texts (dialog buttons) in the user's language, and a native
# Wayland window.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-image-formats-plugins, qt6-translations-l10n, qt6-wayland")
