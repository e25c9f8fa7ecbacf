# SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
# SPDX-License-Identifier: MIT
# macOS: one app bundle with Qt's frameworks and plugins inside (macdeployqt). The command-line
# monitor and the simulator live in the bundle beside the window's executable, so that they share
# its frameworks. CPack: a DragNDrop disk image with a link to /Applications.

set(bundle "wavespeed-monitor.app")
set(bundle_programs "${bundle}/Contents/MacOS")

set_target_properties(wavespeed-monitor PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "${WSM_DISPLAY_NAME}"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${WSM_BUNDLE_ID}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "${WSM_COPYRIGHT}"
    MACOSX_BUNDLE_INFO_STRING "${WSM_DISPLAY_NAME} ${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE wavespeed-monitor.icns
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${WSM_BUNDLE_ID}")
target_sources(wavespeed-monitor PRIVATE "${WSM_ICON_ICNS}")
set_source_files_properties("${WSM_ICON_ICNS}" TARGET_DIRECTORY wavespeed-monitor
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
add_dependencies(wavespeed-monitor wsm-platform-icons)

install(TARGETS wavespeed-monitor BUNDLE DESTINATION .)
install(TARGETS wavespeed-monitor-cli wavespeed-sim RUNTIME DESTINATION "${bundle_programs}")

if(WSM_DEPLOY_QT AND Qt6_VERSION VERSION_GREATER_EQUAL 6.3)
    # What qt_generate_deploy_app_script(TARGET wavespeed-monitor) writes, plus the two programs
    # inside the bundle: that command takes no further executables (through Qt 6.8), and without
    # them macdeployqt would leave their references to the build machine's Qt and QtKeychain.
    # This is the pattern of Qt's documentation for QT_DEPLOY_SUPPORT.
    set(deploy_script "${CMAKE_CURRENT_BINARY_DIR}/deploy-macos-bundle.cmake")
    file(GENERATE OUTPUT "${deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${bundle}\"
    ADDITIONAL_EXECUTABLES
        \"${bundle_programs}/$<TARGET_FILE_NAME:wavespeed-monitor-cli>\"
        \"${bundle_programs}/$<TARGET_FILE_NAME:wavespeed-sim>\"
)
")
    install(SCRIPT "${deploy_script}")
endif()

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "${WSM_DISPLAY_NAME}")
set(CPACK_PACKAGE_ICON "${WSM_ICON_ICNS}") # the disk image's volume icon
# macOS 12 deprecated the tools that attach a licence agreement to a disk image (CMP0133).
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
