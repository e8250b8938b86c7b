<?xml version="1.0" encoding="UTF-8"?>
<!-- The submission receipt. Input: see ReceiptInput; the page and shared parts are in common.xsl. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="common.xsl"/>

  <xsl:template match="/receipt" mode="body">
    <fo:table xsl:use-attribute-sets="details">
      <xsl:call-template name="details-columns"/>
      <fo:table-body>
        <xsl:apply-templates select="submitted-at" mode="row"/>
        <xsl:apply-templates select="authority" mode="row"/>
        <xsl:apply-templates select="organisation" mode="row"/>
        <xsl:apply-templates select="registration" mode="row"/>
        <xsl:apply-templates select="submitted-by" mode="row"/>
        <xsl:apply-templates select="form" mode="row"/>
        <xsl:apply-templates select="form-version" mode="row"/>
      </fo:table-body>
    </fo:table>
    <xsl:if test="normalize-space(on-behalf)">
      <fo:block space-before="3mm" font-weight="bold"><xsl:value-of select="on-behalf"/></fo:block>
    </xsl:if>
    <xsl:apply-templates select="data"/>
    <xsl:apply-templates select="attachments"/>
    <!-- What a reader needs to verify the receipt stays on one page. -->
    <fo:block keep-together.within-page="always">
      <xsl:if test="normalize-space(concat(verification-code, verification-url, submission-sha256))">
        <fo:block xsl:use-attribute-sets="heading"><xsl:value-of select="key('label', 'verification')"/></fo:block>
        <fo:table xsl:use-attribute-sets="details">
          <xsl:call-template name="details-columns"/>
          <fo:table-body>
            <xsl:apply-templates select="verification-code" mode="row">
              <xsl:with-param name="size">large</xsl:with-param>
            </xsl:apply-templates>
            <xsl:apply-templates select="verification-url" mode="row"/>
            <xsl:apply-templates select="submission-sha256" mode="row">
              <xsl:with-param name="size">small</xsl:with-param>
            </xsl:apply-templates>
          </fo:table-body>
        </fo:table>
      </xsl:if>
      <xsl:call-template name="seal-note"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="data">
    <fo:block xsl:use-attribute-sets="heading"><xsl:value-of select="key('label', 'data')"/></fo:block>
    <xsl:choose>
      <xsl:when test="field">
        <fo:table table-layout="fixed" width="100%">
          <fo:table-column column-width="proportional-column-width(32)"/>
          <fo:table-column column-width="proportional-column-width(68)"/>
          <fo:table-header>
            <fo:table-row>
              <fo:table-cell xsl:use-attribute-sets="header-cell">
                <fo:block><xsl:value-of select="key('label', 'data.field')"/></fo:block>
              </fo:table-cell>
              <fo:table-cell xsl:use-attribute-sets="header-cell">
                <fo:block><xsl:value-of select="key('label', 'data.value')"/></fo:block>
              </fo:table-cell>
            </fo:table-row>
          </fo:table-header>
          <fo:table-body>
            <xsl:for-each select="field">
              <fo:table-row>
                <fo:table-cell xsl:use-attribute-sets="cell">
                  <fo:block><xsl:value-of select="label"/></fo:block>
                </fo:table-cell>
                <fo:table-cell xsl:use-attribute-sets="cell">
                  <fo:block linefeed-treatment="preserve"><xsl:value-of select="value"/></fo:block>
                </fo:table-cell>
              </fo:table-row>
            </xsl:for-each>
          </fo:table-body>
        </fo:table>
      </xsl:when>
      <xsl:otherwise>
        <fo:block><xsl:value-of select="key('label', 'data.none')"/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Two rows per file: what it is, then its SHA-256 across the whole width, where it fits on one line. -->
  <xsl:template match="attachments">
    <fo:block xsl:use-attribute-sets="heading"><xsl:value-of select="key('label', 'attachments')"/></fo:block>
    <xsl:choose>
      <xsl:when test="attachment">
        <fo:table table-layout="fixed" width="100%">
          <fo:table-column column-width="proportional-column-width(28)"/>
          <fo:table-column column-width="proportional-column-width(32)"/>
          <fo:table-column column-width="proportional-column-width(20)"/>
          <fo:table-column column-width="proportional-column-width(20)"/>
          <fo:table-header>
            <fo:table-row>
              <fo:table-cell xsl:use-attribute-sets="header-cell">
                <fo:block><xsl:value-of select="key('label', 'attachments.label')"/></fo:block>
              </fo:table-cell>
              <fo:table-cell xsl:use-attribute-sets="header-cell">
                <fo:block><xsl:value-of select="key('label', 'attachments.file-name')"/></fo:block>
              </fo:table-cell>
              <fo:table-cell xsl:use-attribute-sets="header-cell">
                <fo:block><xsl:value-of select="key('label', 'attachments.media-type')"/></fo:block>
              </fo:table-cell>
              <fo:table-cell xsl:use-attribute-sets="header-cell">
                <fo:block text-align="end"><xsl:value-of select="key('label', 'attachments.size')"/></fo:block>
              </fo:table-cell>
            </fo:table-row>
          </fo:table-header>
          <fo:table-body>
            <xsl:for-each select="attachment">
              <fo:table-row keep-with-next.within-page="always">
                <fo:table-cell padding="1.2mm 1.5mm 0.3mm 1.5mm">
                  <fo:block><xsl:value-of select="label"/></fo:block>
                </fo:table-cell>
                <fo:table-cell padding="1.2mm 1.5mm 0.3mm 1.5mm">
                  <fo:block><xsl:value-of select="file-name"/></fo:block>
                </fo:table-cell>
                <fo:table-cell padding="1.2mm 1.5mm 0.3mm 1.5mm">
                  <fo:block><xsl:value-of select="media-type"/></fo:block>
                </fo:table-cell>
                <fo:table-cell padding="1.2mm 1.5mm 0.3mm 1.5mm">
                  <fo:block text-align="end"><xsl:value-of select="size"/></fo:block>
                </fo:table-cell>
              </fo:table-row>
              <fo:table-row>
                <fo:table-cell number-columns-spanned="4" xsl:use-attribute-sets="cell" padding-top="0">
                  <fo:block font-size="7pt" color="#404040">
                    <xsl:value-of select="concat(key('label', 'sha256'), ' ', sha256)"/>
                  </fo:block>
                </fo:table-cell>
              </fo:table-row>
            </xsl:for-each>
          </fo:table-body>
        </fo:table>
      </xsl:when>
      <xsl:otherwise>
        <fo:block><xsl:value-of select="key('label', 'attachments.none')"/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
