/**
 * Copyright (c) 2026 Socialyst.
 */
package com.socialyst.model.provider;


import com.socialyst.model.Client;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.SocialystPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link com.socialyst.model.Client} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ClientItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClientItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addNamePropertyDescriptor(object);
			addIndustryPropertyDescriptor(object);
			addSizePropertyDescriptor(object);
			addCountryPropertyDescriptor(object);
			addReportLocalePropertyDescriptor(object);
			addBrandModePropertyDescriptor(object);
			addNotesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Client_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Client_id_feature", "_UI_Client_type"),
				 SocialystPackage.Literals.CLIENT__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Client_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Client_name_feature", "_UI_Client_type"),
				 SocialystPackage.Literals.CLIENT__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Industry feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIndustryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Client_industry_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Client_industry_feature", "_UI_Client_type"),
				 SocialystPackage.Literals.CLIENT__INDUSTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Client_size_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Client_size_feature", "_UI_Client_type"),
				 SocialystPackage.Literals.CLIENT__SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Country feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCountryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Client_country_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Client_country_feature", "_UI_Client_type"),
				 SocialystPackage.Literals.CLIENT__COUNTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Report Locale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReportLocalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Client_reportLocale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Client_reportLocale_feature", "_UI_Client_type"),
				 SocialystPackage.Literals.CLIENT__REPORT_LOCALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Brand Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBrandModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Client_brandMode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Client_brandMode_feature", "_UI_Client_type"),
				 SocialystPackage.Literals.CLIENT__BRAND_MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Client_notes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Client_notes_feature", "_UI_Client_type"),
				 SocialystPackage.Literals.CLIENT__NOTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(SocialystPackage.Literals.CLIENT__BRAND);
			childrenFeatures.add(SocialystPackage.Literals.CLIENT__CONTACTS);
			childrenFeatures.add(SocialystPackage.Literals.CLIENT__STRATEGIES);
			childrenFeatures.add(SocialystPackage.Literals.CLIENT__CHANNELS);
			childrenFeatures.add(SocialystPackage.Literals.CLIENT__ANNOTATIONS);
			childrenFeatures.add(SocialystPackage.Literals.CLIENT__MENTIONS);
			childrenFeatures.add(SocialystPackage.Literals.CLIENT__ASSESSMENTS);
			childrenFeatures.add(SocialystPackage.Literals.CLIENT__COMMENTARIES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Client.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Client"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * The client's name (its id while it has none).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		Client client = (Client)object;
		String label = client.getName() != null && !client.getName().isBlank() ? client.getName() : client.getId();
		return label == null || label.isBlank() ? getString("_UI_Client_type") : label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Client.class)) {
			case SocialystPackage.CLIENT__ID:
			case SocialystPackage.CLIENT__NAME:
			case SocialystPackage.CLIENT__INDUSTRY:
			case SocialystPackage.CLIENT__SIZE:
			case SocialystPackage.CLIENT__COUNTRY:
			case SocialystPackage.CLIENT__REPORT_LOCALE:
			case SocialystPackage.CLIENT__BRAND_MODE:
			case SocialystPackage.CLIENT__NOTES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SocialystPackage.CLIENT__BRAND:
			case SocialystPackage.CLIENT__CONTACTS:
			case SocialystPackage.CLIENT__STRATEGIES:
			case SocialystPackage.CLIENT__CHANNELS:
			case SocialystPackage.CLIENT__ANNOTATIONS:
			case SocialystPackage.CLIENT__MENTIONS:
			case SocialystPackage.CLIENT__ASSESSMENTS:
			case SocialystPackage.CLIENT__COMMENTARIES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.CLIENT__BRAND,
				 SocialystFactory.eINSTANCE.createBrand()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.CLIENT__CONTACTS,
				 SocialystFactory.eINSTANCE.createContact()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.CLIENT__STRATEGIES,
				 SocialystFactory.eINSTANCE.createStrategy()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.CLIENT__CHANNELS,
				 SocialystFactory.eINSTANCE.createChannelAccount()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.CLIENT__ANNOTATIONS,
				 SocialystFactory.eINSTANCE.createAnnotation()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.CLIENT__MENTIONS,
				 SocialystFactory.eINSTANCE.createMentionLog()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.CLIENT__ASSESSMENTS,
				 SocialystFactory.eINSTANCE.createAssessment()));

		newChildDescriptors.add
			(createChildParameter
				(SocialystPackage.Literals.CLIENT__COMMENTARIES,
				 SocialystFactory.eINSTANCE.createCommentary()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return SocialystEditPlugin.INSTANCE;
	}

}
